@Export
@Version("1.1.0")
package stageflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
