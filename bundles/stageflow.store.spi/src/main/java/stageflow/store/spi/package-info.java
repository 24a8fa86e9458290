/**
 * The store boundary: what the engine needs of a store, with the store's own record types. Sealed: the framework
 * wires this package only to the bundles the seal admits (the engine and the store bundles), see
 * {@code stageflow.store.seal}.
 */
@Export
@Version("1.4.0")
package stageflow.store.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
