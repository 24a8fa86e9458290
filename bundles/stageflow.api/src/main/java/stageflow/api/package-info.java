/**
 * Stageflow's public API: the services an operator's tools and extension bundles call (campaigns, workflows,
 * influencers and their moves, deliverables, drafts, the journal, store maintenance) and the values they take.
 * 2.0.0: the one {@code Workflow} service of 1.x is split into these focused services, and the store boundary has
 * left the public API (it is sealed, see docs/architecture.md).
 */
@Export
@Version("2.1.0")
package stageflow.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
