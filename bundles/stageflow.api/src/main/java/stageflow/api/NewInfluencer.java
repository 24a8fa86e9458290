package stageflow.api;

/** An influencer to add to a campaign; name and email are optional (null). */
public record NewInfluencer(String id, String name, String email) {

    public static NewInfluencer of(String id) {
        return new NewInfluencer(id, null, null);
    }
}
