package org.rgo;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.PropertyInject;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.rgo.config.Keys;
import org.rgo.config.Settings;
import org.rgo.delivery.MailDelivery;
import org.rgo.engine.spark.SparkEngine;
import org.rgo.engine.spark.SparkSettings;
import org.rgo.delivery.MailSettings;
import org.rgo.delivery.OperatorAlert;
import org.rgo.delivery.OwnerAddresses;
import org.rgo.delivery.OwnerMailDelivery;
import org.rgo.gate.Gate;
import org.rgo.gate.GateSettings;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.StagingArea;
import org.rgo.layers.DriversLayer;
import org.rgo.layers.ExecutiveLayer;
import org.rgo.layers.ExposureLayer;
import org.rgo.layers.Kernel;
import org.rgo.layers.PortfolioLayer;
import org.rgo.layers.PortfolioRevenueLayer;
import org.rgo.layers.RestockLayer;
import org.rgo.layers.RevenueLayer;
import org.rgo.layers.RootCauseLayer;
import org.rgo.layers.SeriesLayer;
import org.rgo.layers.StoreWhatIfLayer;
import org.rgo.layers.StructuralRiskLayer;
import org.rgo.layers.TrendLayer;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunLedgers;
import org.rgo.ops.OperatorView;
import org.rgo.ops.Operations;
import org.rgo.ops.http.OperatorHttp;
import org.rgo.pipeline.FollowUpStep;
import org.rgo.pipeline.GateStep;
import org.rgo.pipeline.IngestStep;
import org.rgo.pipeline.MergeTotals;
import org.rgo.pipeline.OutputStep;
import org.rgo.pipeline.RunRecorder;
import org.rgo.pipeline.RunStep;
import org.rgo.report.Money;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;

/**
 * The wiring, in one place: every bean the routes call, bound under its method's name and built
 * from application.properties (through Camel's properties, so -D and environment variables
 * override the file), the shared ones once; then, in {@link #configure}, what operators watch (JMX,
 * health, the step timer, HTTP) and the mail server's credentials.
 * The layers are the plain-Java core itself: each route step calls a layer through bean binding.
 */
public final class AppConfiguration implements CamelConfiguration, CamelContextAware {

    @PropertyInject("rgo.inbox")
    private String inbox;
    @PropertyInject("rgo.outbox")
    private String outbox;
    @PropertyInject("rgo.ingest.quiet-period-ms")
    private long quietPeriodMillis;
    @PropertyInject("rgo.run.retry-delay-ms")
    private long retryDelayMillis;
    @PropertyInject("rgo.analysis.threads")
    private int analysisThreads;
    @PropertyInject("rgo.analysis.chunk-customers")
    private int chunkCustomers;
    @PropertyInject("rgo.health.smtp-connect-timeout-ms")
    private int smtpTimeoutMillis;
    @PropertyInject("rgo.report.currency")
    private String currency;

    private CamelContext context;
    private Settings settings;
    private StagingArea staging;
    private RunLedger ledger;
    private MailSettings mail;
    private OwnerAddresses owners;
    private MailDelivery delivery;
    private ExportReader reader;
    private Kernel kernel;
    private OperatorView operatorView;

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.context = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    private Keys keys() {
        return new Keys(key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
    }

    @BindToRegistry
    public Settings settings() {
        if (settings == null) {
            settings = Settings.from(keys());
        }
        return settings;
    }

    @BindToRegistry
    public StagingArea stagingArea() {
        if (staging == null) {
            staging = new StagingArea(Path.of(inbox), System::currentTimeMillis, retryDelayMillis);
        }
        return staging;
    }

    @BindToRegistry
    public RunLedger runLedger() {
        if (ledger == null) {
            ledger = RunLedgers.configured(keys());
        }
        return ledger;
    }

    @BindToRegistry
    public MailSettings mailSettings() {
        if (mail == null) {
            mail = MailSettings.from(keys());
        }
        return mail;
    }

    @BindToRegistry
    public OwnerAddresses ownerAddresses() {
        if (owners == null) {
            owners = OwnerAddresses.from(keys());
        }
        return owners;
    }

    @BindToRegistry
    public ExportReader exportReader() {
        if (reader == null) {
            Keys keys = keys();
            reader = new ExportReader(settings(), keys.integer("rgo.ingest.max-listed-problems"),
                    keys.integer("rgo.ingest.max-weeks"), keys.wholeNumber("rgo.ingest.max-file-bytes"));
        }
        return reader;
    }

    @BindToRegistry
    public Kernel kernel() {
        if (kernel == null) {
            kernel = new Kernel(revenueLayer(), structuralRiskLayer(), rootCauseLayer(), exposureLayer());
        }
        return kernel;
    }

    @BindToRegistry
    public IngestStep ingestStep() {
        return new IngestStep(exportReader(), stagingArea());
    }

    @BindToRegistry
    public RunStep runStep() {
        return new RunStep(settings(), exportReader(), stagingArea(), quietPeriodMillis);
    }

    @BindToRegistry
    public RunRecorder runRecorder() {
        return new RunRecorder(runLedger(), Clock.systemUTC());
    }

    @BindToRegistry
    public OutputStep outputStep() {
        return new OutputStep(Path.of(outbox), kernel(), chunkCustomers, ownerAddresses().recipients(),
                Money.of(currency));
    }

    /** The data gate step (README "Data gate"): compares with the ledger's runs only when that ledger is durable. */
    @BindToRegistry
    public GateStep dataGate() {
        Keys keys = keys();
        return new GateStep(new Gate(GateSettings.from(keys, settings().maxListedWarnings())), runLedger(),
                RunLedgers.durable(keys));
    }

    @BindToRegistry
    public OperatorAlert operatorAlert() {
        return new OperatorAlert(mailSettings(), OperatorAlert.operators(keys()), Path.of(outbox), Clock.systemUTC());
    }

    @BindToRegistry
    public MailDelivery mailDelivery() {
        if (delivery == null) {
            delivery = new MailDelivery(mailSettings(), Path.of(outbox), runLedger(), Clock.systemUTC());
        }
        return delivery;
    }

    @BindToRegistry
    public OwnerMailDelivery ownerMailDelivery() {
        return new OwnerMailDelivery(mailSettings(), ownerAddresses(), Path.of(outbox), mailDelivery(),
                Clock.systemUTC());
    }

    /** The threads the analyze route's chunks run on: one per core unless rgo.analysis.threads says otherwise. */
    @BindToRegistry
    public ExecutorService chunkThreads() {
        int threads = analysisThreads > 0 ? analysisThreads : Runtime.getRuntime().availableProcessors();
        return context.getExecutorServiceManager().newFixedThreadPool(this, "chunks", threads);
    }

    @BindToRegistry
    public MergeTotals mergeTotals() {
        return new MergeTotals();
    }

    @BindToRegistry
    public SeriesLayer seriesLayer() {
        return new SeriesLayer();
    }

    @BindToRegistry
    public RevenueLayer revenueLayer() {
        return new RevenueLayer(settings());
    }

    @BindToRegistry
    public StructuralRiskLayer structuralRiskLayer() {
        return new StructuralRiskLayer(settings());
    }

    @BindToRegistry
    public RootCauseLayer rootCauseLayer() {
        return new RootCauseLayer(settings());
    }

    @BindToRegistry
    public ExposureLayer exposureLayer() {
        return new ExposureLayer(settings());
    }

    @BindToRegistry
    public PortfolioLayer portfolioLayer() {
        return new PortfolioLayer();
    }

    @BindToRegistry
    public TrendLayer trendLayer() {
        return new TrendLayer();
    }

    @BindToRegistry
    public RestockLayer restockLayer() {
        return new RestockLayer();
    }

    @BindToRegistry
    public DriversLayer driversLayer() {
        return new DriversLayer();
    }

    @BindToRegistry
    public PortfolioRevenueLayer portfolioRevenueLayer() {
        return new PortfolioRevenueLayer();
    }

    @BindToRegistry
    public StoreWhatIfLayer storeWhatIfLayer() {
        return new StoreWhatIfLayer(rootCauseLayer());
    }

    @BindToRegistry
    public FollowUpStep followUpStep() {
        return new FollowUpStep(runLedger(), kernel());
    }

    @BindToRegistry
    public ExecutiveLayer executiveLayer() {
        return new ExecutiveLayer(settings());
    }

    @BindToRegistry
    public OperatorView operatorView() {
        if (operatorView == null) {
            operatorView = new OperatorView(runLedger(), stagingArea(), Path.of(inbox), Path.of(outbox), Clock.systemUTC());
        }
        return operatorView;
    }

    /**
     * The Spark engine (rgo.engine=spark), bound whichever engine runs; the routes choose.
     * Until the analyze route takes the engine (issue 11), only the one-shot command runs on Spark,
     * so a service configured for it must not quietly analyse locally.
     */
    @BindToRegistry
    public SparkEngine sparkEngine() {
        Keys keys = keys();
        String engine = keys.text("rgo.engine");
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new IllegalStateException("rgo.engine must be local or spark, not " + engine);
        }
        if (engine.equals("spark") && keys.bool("rgo.service.enabled")) {
            throw new IllegalStateException("rgo.engine=spark is only taken by the one-shot command so far"
                    + " (run --engine spark); the service's analyze route runs locally: start it with rgo.engine=local");
        }
        return new SparkEngine(SparkSettings.from(keys), SparkEngine.analysisKeys(keys));
    }

    @Override
    public void configure(CamelContext camelContext) {
        MailSettings mailSettings = mailSettings();
        Operations.install(camelContext, operatorView(), Optional.of(mailSettings.host()).filter(host -> !host.isEmpty()),
                mailSettings.port(), smtpTimeoutMillis);
        OperatorHttp.install(camelContext, keys(), operatorView());
        if (mailSettings.smtp()) {
            configureSmtp(camelContext.getComponent("smtp", MailComponent.class).getConfiguration(), mailSettings);
        }
    }

    /**
     * The credentials go on the smtp component, not into the route's endpoint URI, so the password
     * appears in no URI, log line or JMX attribute; an empty user name means no authentication.
     */
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
