package stageflow.store.mapdb;

/** The store cannot open its data; the message says why and what to do, in one line. */
public class StoreUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
