package stageflow.api.message;

/**
 * One queued, sent or failed message.
 *
 * @param id       {@code m<number>}, unique in its campaign
 * @param to       the address it goes to, or null when the influencer has none (then it failed)
 * @param status   {@code queued}, {@code sent} or {@code failed}
 * @param attempts sending attempts so far
 * @param time     epoch milliseconds of its last change of status
 * @param error    why the last attempt failed, or null
 */
public record MessageView(String campaign, String id, String template, String influencer, String to, String subject,
        String status, int attempts, long time, String error) {
}
