package stageflow.store.mapdb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import stageflow.api.CampaignStatus;
import stageflow.store.spi.AccessRecord;
import stageflow.store.spi.AccessRecord.KeyRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StageSlot;

/**
 * Records as bytes of plain values. Each value starts with a format version so a later release can read what an
 * earlier one wrote; no Java serialization, no class of another bundle ever reaches the file.
 */
final class RecordCodec {
    static final int V1 = 1;
    /** Journal entries from format 2 on carry a detail (what a deliverable change changed). */
    private static final int V2 = 2;

    private RecordCodec() {
    }

    static byte[] campaign(CampaignRecord c) {
        return write(out -> {
            out.writeByte(V1);
            string(out, c.id());
            string(out, c.name());
            string(out, c.status().id());
            out.writeLong(c.created());
            out.writeInt(c.workflow().size());
            for (StageSlot slot : c.workflow()) {
                string(out, slot.stage());
                out.writeBoolean(slot.enabled());
                string(out, slot.label());
            }
        });
    }

    static CampaignRecord campaign(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            String id = string(in);
            String name = string(in);
            CampaignStatus status = CampaignStatus.fromId(string(in));
            long created = in.readLong();
            int n = in.readInt();
            List<StageSlot> slots = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                slots.add(new StageSlot(string(in), in.readBoolean(), string(in)));
            }
            return new CampaignRecord(id, name, status, created, slots);
        });
    }

    static byte[] access(AccessRecord a) {
        return write(out -> {
            out.writeByte(V1);
            string(out, a.user());
            string(out, a.role());
            out.writeInt(a.keys().size());
            for (KeyRecord key : a.keys()) {
                string(out, key.fingerprint());
                string(out, key.publicKey());
                out.writeLong(key.granted());
            }
        });
    }

    static AccessRecord access(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            String user = string(in);
            String role = string(in);
            int n = in.readInt();
            List<KeyRecord> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(new KeyRecord(string(in), string(in), in.readLong()));
            }
            return new AccessRecord(user, role, keys);
        });
    }

    static byte[] participation(ParticipationRecord p) {
        return write(out -> {
            out.writeByte(V1);
            string(out, p.campaign());
            string(out, p.influencer());
            string(out, p.name());
            string(out, p.email());
            string(out, p.stage());
            string(out, p.droppedFrom());
            out.writeLong(p.since());
        });
    }

    static ParticipationRecord participation(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new ParticipationRecord(string(in), string(in), string(in), string(in), string(in), string(in),
                    in.readLong());
        });
    }

    static byte[] deliverable(DeliverableRecord d) {
        return write(out -> {
            out.writeByte(V1);
            string(out, d.campaign());
            string(out, d.influencer());
            string(out, d.id());
            string(out, d.kind());
            string(out, d.contentType());
            out.writeInt(d.count());
            string(out, d.url());
            string(out, d.due());
            string(out, d.description());
            out.writeBoolean(d.fromCampaign());
            string(out, d.postUrl());
        });
    }

    static DeliverableRecord deliverable(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new DeliverableRecord(string(in), string(in), string(in), string(in), string(in), in.readInt(),
                    string(in), string(in), string(in), in.readBoolean(), string(in));
        });
    }

    static byte[] draft(DraftRecord d) {
        return write(out -> {
            out.writeByte(V1);
            string(out, d.campaign());
            string(out, d.influencer());
            string(out, d.deliverable());
            out.writeInt(d.version());
            string(out, d.url());
            string(out, d.status());
            string(out, d.comment());
            out.writeLong(d.time());
        });
    }

    static DraftRecord draft(byte[] bytes) {
        return read(bytes, in -> {
            version(in);
            return new DraftRecord(string(in), string(in), string(in), in.readInt(), string(in), string(in),
                    string(in), in.readLong());
        });
    }

    static byte[] journal(JournalRecord e) {
        return write(out -> {
            out.writeByte(V2);
            out.writeLong(e.seq());
            out.writeLong(e.time());
            string(out, e.influencer());
            string(out, e.from());
            string(out, e.to());
            string(out, e.cause());
            string(out, e.actor());
            string(out, e.reason());
            string(out, e.detail());
        });
    }

    static JournalRecord journal(byte[] bytes) {
        return read(bytes, in -> {
            int version = in.readUnsignedByte();
            if (version != V1 && version != V2) {
                throw new IOException("journal format " + version + " is newer than this Stageflow understands");
            }
            return new JournalRecord(in.readLong(), in.readLong(), string(in), string(in), string(in), string(in),
                    string(in), string(in), version >= V2 ? string(in) : null);
        });
    }

    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void version(DataInputStream in) throws IOException {
        int version = in.readUnsignedByte();
        if (version != V1) {
            throw new IOException("record format " + version + " is newer than this Stageflow understands");
        }
    }

    /** Length-prefixed UTF-8; -1 for null. Not writeUTF: that stops at 64 KiB. */
    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
