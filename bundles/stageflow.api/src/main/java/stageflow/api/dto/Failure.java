package stageflow.api.dto;

/** Why one influencer of a bulk command was not changed; {@code rule} is null for bad input. */
public record Failure(String influencer, String rule, String reason) {

    /** The same one-line form as a refused single command. */
    public String line() {
        return (rule == null ? "error: " : "refused (" + rule + "): ") + reason;
    }
}
