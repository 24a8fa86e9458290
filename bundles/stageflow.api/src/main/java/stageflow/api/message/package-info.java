/**
 * Messages to influencers (workflow-spec M-1..M-3): a campaign's templates, the messages they queued, and the outbox
 * a sending bundle works through. Messages are rendered when they are queued; a sender only carries them.
 */
@Export
@Version("1.0.0")
package stageflow.api.message;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
