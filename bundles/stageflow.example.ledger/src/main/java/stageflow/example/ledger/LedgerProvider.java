package stageflow.example.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import stageflow.api.payment.PaymentAnswer;
import stageflow.api.payment.PaymentProvider;
import stageflow.api.payment.PaymentRequest;

/**
 * A payment provider to copy (docs/extending.md, "Payment providers"): each payout becomes a line of a CSV ledger,
 * {@code payouts.csv} in Stageflow's data directory, where a finance team's import would pick it up; the answer is
 * fulfilled with the line's reference. Asked again about an incentive already in the ledger (after a restart, say),
 * it answers with the reference it gave then and writes nothing: the request id is the idempotency key.
 */
@Component
public class LedgerProvider implements PaymentProvider {
    static final String FILE = "payouts.csv";

    private final Path ledger;

    @Activate
    public LedgerProvider(BundleContext context) {
        String data = context.getProperty("stageflow.data");
        this.ledger = Path.of(data == null ? "." : data).resolve(FILE);
    }

    @Override
    public synchronized PaymentAnswer pay(PaymentRequest request) throws IOException {
        String paid = reference(request.id());
        if (paid != null) {
            return PaymentAnswer.fulfilled(paid);
        }
        if (request.amount() == null) {
            return PaymentAnswer.rejected("the ledger pays amounts; send " + request.kind() + " by hand");
        }
        String reference = "LEDGER-" + (lines().size() + 1);
        String line = String.join(",", reference, request.id(), request.amount().toPlainString(), request.currency())
                + "\n";
        Files.writeString(ledger, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return PaymentAnswer.fulfilled(reference);
    }

    private String reference(String id) throws IOException {
        for (String line : lines()) {
            String[] fields = line.split(",");
            if (fields.length > 1 && fields[1].equals(id)) {
                return fields[0];
            }
        }
        return null;
    }

    private List<String> lines() throws IOException {
        return Files.exists(ledger) ? Files.readAllLines(ledger, StandardCharsets.UTF_8) : List.of();
    }
}
