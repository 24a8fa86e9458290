package stageflow.shell.format;

import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Component;

/**
 * Renders Stageflow's command results wherever Gogo shows a value (the local console, scripts, and any console that
 * formats through the session), so commands return values and never print.
 */
@Component(service = Converter.class)
public class ResultConverter implements Converter {

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null; // arguments are parsed by picocli, not converted by Gogo
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        return TextFormat.text(target);
    }
}
