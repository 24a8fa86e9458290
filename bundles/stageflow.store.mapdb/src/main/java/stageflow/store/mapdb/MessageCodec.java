package stageflow.store.mapdb;

import static stageflow.store.mapdb.RecordCodec.read;
import static stageflow.store.mapdb.RecordCodec.string;
import static stageflow.store.mapdb.RecordCodec.version;
import static stageflow.store.mapdb.RecordCodec.write;

import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.TemplateRecord;

/** Templates and messages as bytes, versioned like every record ({@link RecordCodec}). */
final class MessageCodec {
    private MessageCodec() {
    }

    static byte[] template(TemplateRecord t) {
        return write(out -> {
            out.writeByte(RecordCodec.V1);
            string(out, t.campaign());
            string(out, t.id());
            string(out, t.stage());
            string(out, t.delivery());
            out.writeInt(t.days());
            string(out, t.subject());
            string(out, t.body());
            out.writeLong(t.updated());
        });
    }

    static TemplateRecord template(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new TemplateRecord(string(in), string(in), string(in), string(in), in.readInt(), string(in),
                    string(in), in.readLong());
        });
    }

    static byte[] message(MessageRecord m) {
        return write(out -> {
            out.writeByte(RecordCodec.V1);
            string(out, m.campaign());
            out.writeLong(m.number());
            string(out, m.template());
            string(out, m.trigger());
            string(out, m.influencer());
            string(out, m.to());
            string(out, m.subject());
            string(out, m.body());
            string(out, m.status());
            out.writeInt(m.attempts());
            string(out, m.error());
            out.writeLong(m.next());
            out.writeLong(m.time());
        });
    }

    static MessageRecord message(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new MessageRecord(string(in), in.readLong(), string(in), string(in), string(in), string(in),
                    string(in), string(in), string(in), in.readInt(), string(in), in.readLong(), in.readLong());
        });
    }
}
