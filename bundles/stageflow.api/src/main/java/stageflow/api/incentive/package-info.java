/**
 * Incentives (workflow-spec I-1..I-3): what influencers receive for taking part, per influencer or for the whole
 * campaign, with their statuses and the campaign's budget.
 */
@Export
@Version("1.0.0")
package stageflow.api.incentive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
