/**
 * Events Stageflow publishes in the framework (workflow-spec E-2), on the OSGi Event Admin service: topics and
 * property names, for extension bundles that react to what happens in a campaign (docs/extending.md, "Events").
 */
@Export
@Version("1.1.0")
package stageflow.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
