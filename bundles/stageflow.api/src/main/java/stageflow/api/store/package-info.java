@Export
@Version("1.1.0")
package stageflow.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
