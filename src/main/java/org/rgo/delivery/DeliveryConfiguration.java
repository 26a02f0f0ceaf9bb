package org.rgo.delivery;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.spi.PropertiesComponent;
import org.rgo.ledger.RunLedger;
import org.rgo.pipeline.RunRecorder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Binds {@code mailDelivery} and gives the smtp component its credentials. They are set on the
 * component, not written into the route's endpoint URI, so the password appears in no URI, log
 * line or JMX attribute, and an empty user name means no authentication at all.
 */
public final class DeliveryConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        MailSettings settings = MailSettings.from(key -> properties.resolveProperty(key).orElse(null));
        Path outbox = Path.of(properties.resolveProperty("rgo.outbox").orElseThrow());
        // looked up on use: PipelineConfiguration may bind the recorder after this runs
        Supplier<RunLedger> ledger = () -> context.getRegistry().lookupByNameAndType("runRecorder", RunRecorder.class)
                .ledger();
        context.getRegistry().bind("mailDelivery", new MailDelivery(settings, outbox, ledger, Clock.systemUTC()));
        if (settings.smtp()) {
            configureSmtp(context.getComponent("smtp", MailComponent.class).getConfiguration(), settings);
        }
    }

    private static void configureSmtp(MailConfiguration smtp, MailSettings settings) {
        if (settings.authenticates()) {
            smtp.setUsername(settings.username());
            smtp.setPassword(settings.password());
        }
        if (settings.starttls()) {
            Properties tls = new Properties();
            tls.setProperty("mail.smtp.starttls.enable", "true");
            tls.setProperty("mail.smtp.starttls.required", "true");
            smtp.setAdditionalJavaMailProperties(tls);
        }
    }
}
