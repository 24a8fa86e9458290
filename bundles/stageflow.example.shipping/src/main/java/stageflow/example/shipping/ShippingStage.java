package stageflow.example.shipping;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

/**
 * The brand ships a product to the influencer. Entry needs a shipping address; the influencer moves on by
 * themselves once the parcel's tracking number is recorded (both with the {@code shipping:} commands). Insert it
 * with {@code workflow:insert <campaign> shipping --after pre-payment}.
 */
@Component
@StageDefinitionProperties(id = "shipping", label = "Shipping",
        description = "The product is shipped; influencers move on when the parcel's tracking number is recorded.")
public class ShippingStage implements StageDefinition {
    /** Data keys start with the stage id, so two extensions never share a key by accident. */
    public static final String ADDRESS = "shipping.address";
    public static final String TRACKING = "shipping.tracking";

    @Override
    public Optional<String> refuseEntry(InfluencerView influencer) {
        if (influencer.value(ADDRESS).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no shipping address is recorded; record one with shipping:address "
                + influencer.campaign() + " " + influencer.influencer() + " <address>");
    }

    @Override
    public boolean exitReached(InfluencerView influencer) {
        return influencer.value(TRACKING).isPresent();
    }
}
