using DiningMenus.Api;
using DiningMenus.Api.Infrastructure;
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

app.UseResponseCompression();
app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();
app.UseOutputCache();
app.UseSwagger();
app.UseSwaggerUI(o => o.DocumentTitle = "DiningMenus API");
app.MapControllers().RequireRateLimiting(RateLimitingOptions.PolicyName);
app.MapHealthEndpoints();

app.Run();
return 0;
