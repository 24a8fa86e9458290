/**
 * Webhooks (workflow-spec E-2, W-1..W-4): endpoints and their deliveries, and the outbox a sending bundle works
 * through. Signing happens behind {@link stageflow.api.webhook.WebhookOutbox}: no bundle ever sees a secret after
 * the endpoint was added.
 */
@Export
@Version("1.1.0")
package stageflow.api.webhook;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
