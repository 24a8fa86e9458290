package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.incentive.IncentiveView;
import stageflow.api.incentive.Incentives;
import stageflow.api.payment.PaymentAnswer;
import stageflow.api.payment.PaymentProvider;

/**
 * I-3 with real payment providers in a real framework: the ledger example installed at run time pays and moves
 * influencers on; providers that throw, hang or answer pending are asked again, never holding anything up; with the
 * provider removed, ready incentives wait, nothing lost.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class PaymentProvidersTest {
    @InjectBundleContext
    BundleContext context;

    @InjectService
    CommandProcessor processor;

    @InjectService
    Incentives incentives;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    @InjectService
    ServiceComponentRuntime scr;

    private final CountDownLatch release = new CountDownLatch(1);
    private Configuration payments;
    private String c;

    @BeforeEach
    void campaign() throws Exception {
        // a short limit and retry, so a hanging or failing provider is seen within the test's deadline
        payments = configurationAdmin.getConfiguration("stageflow.payment", "?");
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("timeout.ms", 300L);
        settings.put("retry.seconds", 1L);
        payments.update(settings);
        // Configuration Admin hands the settings over asynchronously: wait until the payer runs with them
        Await.until("the payer configured", Duration.ofSeconds(10), () -> scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("stageflow.payment.PaymentRounds"))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE
                        && Long.valueOf(300L).equals(c.properties.get("timeout.ms"))));
        c = Shell.uniqueId("pay");
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " ana ben");
        Shell.run(processor, "incentive:add " + c + " ana payment --amount 250 --currency EUR --stage pre-payment"
                + " --integrated");
        Shell.run(processor, "incentive:add " + c + " ben payment --amount 80 --currency EUR --stage pre-payment"
                + " --integrated");
        Shell.run(processor, "campaign:launch " + c);
    }

    @AfterEach
    void release() throws Exception {
        release.countDown();
        payments.delete();
    }

    private String status(String influencer) {
        return incentives.list(c, influencer, null).get(0).status();
    }

    private String stage(String influencer) throws Exception {
        return Shell.run(processor, "influencer:show " + c + " " + influencer + " --json").replaceAll(
                "(?s)^.*?\"stage\":\"([^\"]+)\".*", "$1"); // the first: the influencer's, not an incentive's
    }

    @Test
    @DisplayName("I-3 the ledger example, deployed while Stageflow runs, pays ready incentives and moves the"
            + " influencers on; removed, the incentives wait in ready; deployed again, they are paid")
    void ledgerPays() throws Exception {
        Shell.run(processor, "influencer:move " + c + " pre-payment ana");
        assertThat(status("ana")).isEqualTo("ready");
        Bundle ledger = context.installBundle(Examples.location(context, "stageflow.example.ledger"));
        ledger.start();
        Await.until("ana paid", Duration.ofSeconds(20), () -> status("ana").equals("fulfilled"));
        assertThat(stage("ana")).as("I-3 moved on").isEqualTo("draft");
        IncentiveView paid = incentives.list(c, "ana", null).get(0);
        assertThat(paid.reference()).startsWith("LEDGER-");
        Path file = Path.of(context.getProperty("stageflow.data"), "payouts.csv");
        assertThat(Files.readString(file)).contains(paid.reference() + "," + c + "/ana/i1,250.00,EUR");

        ledger.uninstall();
        Shell.run(processor, "influencer:move " + c + " pre-payment ben");
        assertThat(status("ben")).as("no provider: it waits").isEqualTo("ready");
        ledger = context.installBundle(Examples.location(context, "stageflow.example.ledger"));
        ledger.start();
        Await.until("ben paid once a provider is back", Duration.ofSeconds(20),
                () -> status("ben").equals("fulfilled"));
        ledger.uninstall();
    }

    @Test
    @DisplayName("I-3 a provider that throws, one that hangs and one that answers pending are asked again, and"
            + " commands go on meanwhile; a better-ranked provider that pays takes over")
    void misbehavingProviders() throws Exception {
        AtomicInteger thrown = new AtomicInteger();
        AtomicInteger pending = new AtomicInteger();
        ServiceRegistration<PaymentProvider> throwing = register(r -> {
            thrown.incrementAndGet();
            throw new IllegalStateException("gateway down");
        }, 1);
        Shell.run(processor, "influencer:move " + c + " pre-payment ana ben");
        Await.until("asked twice despite throwing", Duration.ofSeconds(20), () -> thrown.get() >= 4);
        ServiceRegistration<PaymentProvider> hanging = register(r -> {
            release.await();
            return PaymentAnswer.fulfilled("late");
        }, 2);
        // while a provider hangs, commands go on
        Shell.run(processor, "incentive:add " + c + " --campaign product --description cap");
        ServiceRegistration<PaymentProvider> slow = register(r -> {
            pending.incrementAndGet();
            return PaymentAnswer.pending();
        }, 3);
        Await.until("pending answers asked again", Duration.ofSeconds(20), () -> pending.get() >= 4);
        assertThat(status("ana")).isEqualTo("ready");
        ServiceRegistration<PaymentProvider> paying = register(r -> PaymentAnswer.fulfilled("OK-" + r.incentive()), 4);
        Await.until("both paid", Duration.ofSeconds(20), () -> status("ana").equals("fulfilled")
                && status("ben").equals("fulfilled"));
        assertThat(incentives.list(c, "ana", null).get(0).reference()).isEqualTo("OK-i1");
        for (ServiceRegistration<PaymentProvider> r : java.util.List.of(throwing, hanging, slow, paying)) {
            r.unregister();
        }
    }

    private ServiceRegistration<PaymentProvider> register(PaymentProvider provider, int ranking) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        return context.registerService(PaymentProvider.class, provider, properties);
    }
}
