using DiningMenus.Api;
using DiningMenus.Api.Infrastructure;
using DiningMenus.Api.Infrastructure.OutputCaching;
using DiningMenus.Api.Infrastructure.Pipeline;
using DiningMenus.Api.Telemetry;
using DiningMenus.Application;
using DiningMenus.Infrastructure;
using Microsoft.Net.Http.Headers;

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
app.UseHeadAsGet();
app.UseRouting();
// Only a request with an Origin is a CORS request; the middleware would resolve its policy provider for every other one too.
app.UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors());
// Replayed answers are served here: ahead of the request log, the rate limiter (they spend no tokens) and all below.
app.UseOutputCache();
// Inside the replays: an answer is kept compressed, once per content coding, and replayed without compressing again.
app.UseResponseCompression();
app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
// No scheme is configured, but the framework registers authentication; called here, these no-ops run after the
// replays instead of being inserted by the host in front of everything.
app.UseAuthentication();
app.UseAuthorization();
app.UseSwaggerUI(o => o.DocumentTitle = "DiningMenus API");
app.MapSwagger().CacheOutput(OutputCacheSettings.SwaggerPolicyName);
app.MapControllers().ReplayAnswers(app.Services);
app.MapHealthEndpoints();

app.Run();
return 0;
