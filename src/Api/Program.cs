using DiningMenus.Api;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Api.Infrastructure.Pipeline;
using DiningMenus.Api.Telemetry;
using DiningMenus.Application;
using DiningMenus.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddMenusMediator()
    .AddApi(builder.Configuration)
    .AddDiningMenusTelemetry(builder.Configuration);

var app = builder.Build();
if (app.ReportInvalidSettings())
{
    return SettingsCheck.InvalidConfigurationExitCode;
}

app.UseNoSniff();
app.UseForwardedHeaders();
app.UseHttpLogging();
app.UseHeadAsGet();
app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseCors();
// Replayed answers are served here, before the rate limiter: they spend no tokens.
app.UseOutputCache();
app.UseRateLimiter();
app.UseSwaggerUI(o => o.DocumentTitle = "DiningMenus API");
app.MapSwagger().CacheOutput(OutputCacheSettings.SwaggerPolicyName);
app.MapControllers();
app.MapHealthEndpoints();

app.Run();
return 0;
