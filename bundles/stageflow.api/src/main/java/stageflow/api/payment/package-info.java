/**
 * Paying integrated incentives (workflow-spec I-3): the {@link stageflow.api.payment.PaymentProvider} SPI a third
 * party implements in its own bundle, as open as the stage SPI, and the {@link stageflow.api.payment.Payouts} that
 * Stageflow's payer works through.
 */
@Export
@Version("1.0.0")
package stageflow.api.payment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
