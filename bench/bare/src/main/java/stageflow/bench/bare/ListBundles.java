package stageflow.bench.bare;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Once Gogo is up, runs {@code lb} in a session, prints it and stops the framework: the bare runtime's one job. */
@Component(immediate = true)
public class ListBundles {

    @Activate
    public ListBundles(BundleContext context, @Reference CommandProcessor processor) {
        Thread run = new Thread(() -> {
            try (CommandSession session = processor.createSession(System.in, System.out, System.err)) {
                Object result = session.execute("lb");
                if (result != null) {
                    System.out.println(session.format(result, Converter.INSPECT));
                }
            } catch (Exception e) {
                System.err.println("lb failed: " + e);
            } finally {
                try {
                    context.getBundle(0).stop();
                } catch (BundleException e) {
                    System.err.println("cannot stop: " + e);
                }
            }
        }, "bare-lb");
        run.start();
    }
}
