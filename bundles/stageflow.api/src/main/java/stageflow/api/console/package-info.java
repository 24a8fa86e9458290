/** The console's extension points: completion of commands. */
@Export
@Version("1.0.0")
package stageflow.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
