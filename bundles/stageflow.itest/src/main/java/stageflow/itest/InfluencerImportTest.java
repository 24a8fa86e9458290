package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

@ExtendWith(ServiceExtension.class)
class InfluencerImportTest {

    @InjectService
    CommandProcessor processor;

    @Test
    @DisplayName("influencer:import adds every good row of a CSV file in one operation and reports the bad ones")
    void importCsv() throws Exception {
        String c = Shell.uniqueId("import");
        Shell.run(processor, "campaign:create " + c);
        Path csv = Files.createTempFile("influencers", ".csv");
        Files.writeString(csv, "id,name,email,followers\n"
                + "ana,Ana B,ana@example.com,1200\n"
                + "ben,\"Ben, Jr.\",,300\n"
                + "bad id,Nope,,1\n"
                + "ana,Duplicate,,0\n"
                + "cy,Cy,not-an-email,5\n");
        String report = Shell.run(processor, "influencer:import " + c + " " + csv);
        assertThat(report).contains("2 added, 3 not added")
                .contains("bad id: error: influencer id 'bad id' is not valid")
                .contains("ana: error: 'ana' is already in campaign")
                .contains("cy: error: email 'not-an-email' of 'cy' is not an email address");
        assertThat(Shell.run(processor, "influencer:show " + c + " ben --json")).contains("\"name\":\"Ben, Jr.\"");
        assertThat(Shell.run(processor, "influencer:show " + c + " ana --json")).contains("\"email\":\"ana@example.com\"");
    }

    @Test
    @DisplayName("a CSV file without an id column is refused and nothing is added")
    void noIdColumn() throws Exception {
        String c = Shell.uniqueId("import");
        Shell.run(processor, "campaign:create " + c);
        Path csv = Files.createTempFile("influencers", ".csv");
        Files.writeString(csv, "handle,name\nana,Ana\n");
        assertThatThrownBy(() -> Shell.run(processor, "influencer:import " + c + " " + csv))
                .hasMessageContaining("has no 'id' column");
        assertThat(Shell.run(processor, "campaign:list --json")).contains("{\"id\":\"" + c + "\",\"name\":\"" + c
                + "\",\"status\":\"draft\",\"influencers\":0}");
    }

    @Test
    @DisplayName("mutating commands print the documented JSON: changed, failed with reasons")
    void mutatingJson() throws Exception {
        String c = Shell.uniqueId("json");
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " ana");
        assertThat(Shell.run(processor, "influencer:promote " + c + " ana nobody --json"))
                .startsWith("{\"changed\":1,\"failed\":[{\"influencer\":\"nobody\",\"reason\":\"'nobody' is not in");
        assertThat(Shell.run(processor, "influencer:promote " + c + " ana --dry-run --json")).contains("\"dryRun\":true");
        assertThat(Shell.run(processor, "influencer:show " + c + " ana --json")).contains("\"stage\":\"invited\"");
    }
}
