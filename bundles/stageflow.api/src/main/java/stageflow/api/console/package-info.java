/** The console: its completion extension point, and the console itself for those who carry it to a user. */
@Export
@Version("1.1.0")
package stageflow.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
