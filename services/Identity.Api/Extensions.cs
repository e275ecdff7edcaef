using Identity.Api.Accounts;
using Identity.Api.Demo;
using Identity.Api.Inloggen;
using Identity.Api.Opslag;
using Identity.Api.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api;

public static class Extensions
{
    public const string ConnectionName = "identitydb";

    /// <summary>Accounts (ASP.NET Core Identity), the token server (OpenIddict), both stored in <c>identitydb</c>, and the login page's needs.</summary>
    public static WebApplicationBuilder AddIdentityServices(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentiteitOptions.Section).Get<IdentiteitOptions>() ?? new IdentiteitOptions();
        options.DataDir = Path.GetFullPath(options.DataDir, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));

        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not set: Identity.Api needs its PostgreSQL database.");
        builder.Services.AddDbContext<IdentityDb>(db => db.UseNpgsql(connectionString).UseOpenIddict());
        // EF Core logs every SQL command at Information: about 900 lines at each start, and more at each sign-in.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "postgresql", tags: ["ready"]);

        builder.Services.AddIdentity<Account, IdentityRole>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = options.LockoutMaxFailures;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                identity.Lockout.AllowedForNewUsers = true;
                // Length over character classes, as the NCSC advises.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPage.Path;
            cookie.Cookie.Name = "ontwikkelagenda.identity";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        // Login cookies and antiforgery tokens stay valid across a restart.
        builder.Services.AddDataProtection()
            .SetApplicationName("Identity.Api")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDir, "dataprotection-keys")));
        builder.Services.AddAntiforgery();

        builder.Services.AddTokenServer(options);
        builder.Services.AddIdentityRateLimits(options);
        builder.Services.AddScoped<AccountCreation>();
        builder.Services.AddScoped<Clients>();
        builder.Services.AddScoped<DemoSeed>();
        builder.Services.AddHostedService<IdentityStartup>();
        return builder;
    }
}
