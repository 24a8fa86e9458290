/** Access to the remote console: users, their keys and roles (workflow-spec X-). */
@Export
@Version("1.0.0")
package stageflow.api.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
