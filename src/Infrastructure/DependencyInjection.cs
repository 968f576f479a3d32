using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Microsoft.Extensions.Options;
using SupportDesk.Domain.Tickets;
using SupportDesk.Infrastructure.Assignment;
using SupportDesk.Infrastructure.Emails;
using SupportDesk.Infrastructure.Returns;
using SupportDesk.Infrastructure.Events;
using SupportDesk.Infrastructure.Scheduling;
using SupportDesk.Infrastructure.ServiceLevels;
using SupportDesk.Infrastructure.Webhooks;
using SupportDesk.Infrastructure.Attachments;
using SupportDesk.Infrastructure.Data;
using SupportDesk.Infrastructure.Data.Interceptors;
using SupportDesk.Infrastructure.Health;
using SupportDesk.Infrastructure.Identity;
using SupportDesk.Infrastructure.Metrics;
using SupportDesk.Infrastructure.Live;
using SupportDesk.Application.Live;

namespace SupportDesk.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "SupportDesk";
    public const string DefaultSqliteConnectionString = "Data Source=.data/supportdesk.db";

    /// <summary>Persistence, Identity stores, the assignment scheduler and health checks. The host adds its own
    /// authentication scheme (JWT or cookie) and its <see cref="ICurrentUser"/>.</summary>
    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInThrottlingOptions>().Bind(configuration.GetSection(SignInThrottlingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.AddOptions<AssignmentOptions>().Bind(configuration.GetSection(AssignmentOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReturnsOptions>().Bind(configuration.GetSection(ReturnsOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignUpOptions>().Bind(configuration.GetSection(SignUpOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SignUpOptions>>().Value.ToPolicy());
        // The use cases take the domain's policy itself, so the rule reads the same in handlers and in tests.
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ReturnsOptions>>().Value.ToPolicy());
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SlaOptions>>().Value.ToPolicy());
        services.AddSingleton(provider =>
            new QueuePolicy(provider.GetRequiredService<IOptions<AssignmentOptions>>().Value.PromoteAfterMinutes));

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddSingleton(TimeProvider.System);
        // The desk's meter exists in every process; the hosts export it (MetricsSetup.AddDeskMetrics).
        services.AddMetrics();
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddSingleton<DeskSnapshot>();
        services.AddSingleton<DeskMetrics>();
        services.AddSingleton<IDeskMetrics>(provider => provider.GetRequiredService<DeskMetrics>());
        services.AddDatabase(database, connectionString);
        services.AddAccounts(configuration);
        services.AddEvents();
        services.AddEmail();
        services.AddJobScheduling(
            configuration.GetSection(AssignmentOptions.SectionName).Get<AssignmentOptions>() ?? new AssignmentOptions(),
            configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>() ?? new WebhookOptions(),
            configuration.GetSection(SlaOptions.SectionName).Get<SlaOptions>() ?? new SlaOptions(),
            database.Provider == DatabaseProvider.MySql ? connectionString : null);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        return services;
    }

    private static void AddDatabase(this IServiceCollection services, DatabaseOptions options, string? connectionString)
    {
        services.AddSingleton<VersionInterceptor>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<OutboxCommitInterceptor>();
        if (options.Provider == DatabaseProvider.MySql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException($"Database:Provider is MySql: set ConnectionStrings:{ConnectionStringName}.");
            }

            var serverVersion = MySqlServer.Version(options.ServerVersion);
            services.AddDbContextPool<ApplicationDbContext, MySqlApplicationDbContext>((provider, db) => db
                .UseMySql(connectionString, serverVersion)
                .AddInterceptors(Interceptors(provider)));
        }
        else
        {
            connectionString = SqliteFile.Prepare(connectionString ?? DefaultSqliteConnectionString);
            services.AddDbContextPool<ApplicationDbContext, SqliteApplicationDbContext>((provider, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(Interceptors(provider)));
        }

        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<IOrderLineLocks, OrderLineLocks>();
        services.AddScoped<ITicketLocks, TicketLocks>();
        services.AddScoped<IAgentLocks, AgentLocks>();
        services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
    }

    /// <summary>Versions first (the outbox's own save must bump nothing twice, and its scan of the changes is the one the
    /// others read: DetectedEntries), then the outbox.</summary>
    private static IInterceptor[] Interceptors(IServiceProvider provider) =>
    [
        provider.GetRequiredService<VersionInterceptor>(),
        provider.GetRequiredService<OutboxInterceptor>(),
        provider.GetRequiredService<OutboxCommitInterceptor>(),
    ];

    /// <summary>The outbox's sequencer and the webhook deliveries.</summary>
    private static void AddEvents(this IServiceCollection services)
    {
        services.AddScoped<EventSequencer>();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<WebhookSender>();
        services.AddSingleton<WebhookDeliveryRun>();
        services.AddSingleton<IWebhookSecrets, WebhookSecrets>();
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddSingleton<IWebhookAddressPolicy>(provider => provider.GetRequiredService<WebhookAddressPolicy>());
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Every connection is checked against the address policy; redirects are answers, not followed.
                ConnectCallback = provider.GetRequiredService<WebhookAddressPolicy>().ConnectAsync,
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // The attempt's timeout is the sender's; no retry or other handler sits between it and the receiver.
            .RemoveAllLoggers();
    }

    /// <summary>The email outbox's sender: SMTP, or .eml files in a pickup directory.</summary>
    private static void AddEmail(this IServiceCollection services)
    {
        services.AddSingleton<IEmailSending, EmailSending>();
        services.AddSingleton<IEmailTransport>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.UsesPickupDirectory
                ? new PickupDirectoryTransport(provider.GetRequiredService<IOptions<EmailOptions>>())
                : new SmtpTransport(provider.GetRequiredService<IOptions<EmailOptions>>()));
        services.AddScoped<EmailDispatcher>();
        services.AddScoped<EmailSender>();
        services.AddSingleton<EmailDeliveryRun>();
        services.AddHostedService<EmailStartupReport>();
    }

    private static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<ApplicationUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = Application.Common.Validation.AccountRules.MinPasswordLength;
                identity.Password.RequireDigit = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                // Lockout only disables removed agents. Failed passwords never lock an account (anyone knowing an
                // email could keep its owner out): they are throttled per address instead (SignInThrottle).
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // Password-reset tokens (agents' new passwords) and the portal's cookies are protected with these keys; kept
        // in the database so that every process reads the others' cookies and a restart signs nobody out.
        var dataProtection = services.AddDataProtection().SetApplicationName("SupportDesk").PersistKeysToDbContext<ApplicationDbContext>();
        var keyProtection = configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        if (keyProtection.LoadCertificate() is { } certificate)
        {
            // Encrypted at rest: whoever reads the database does not get the keys that sign the portal's cookies.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        services.AddOptions<AccountCheckOptions>().Bind(configuration.GetSection(AccountCheckOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccountStates>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
    }

    /// <summary>The feed read for this process's live pages (the portal): see <see cref="LiveFeed"/>.</summary>
    public static IServiceCollection AddLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<ILiveFeed>(provider => provider.GetRequiredService<LiveFeed>());
        services.AddHostedService(provider => provider.GetRequiredService<LiveFeed>());
        return services;
    }
}
