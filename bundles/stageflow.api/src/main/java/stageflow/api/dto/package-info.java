/** The values Stageflow's services answer with. 1.1.0: InfluencerDetail, StageDetail, PhaseRules. */
@Export
@Version("1.1.0")
package stageflow.api.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
