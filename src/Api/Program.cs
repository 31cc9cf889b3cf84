using DiningMenus.Api;
using DiningMenus.Application;
using DiningMenus.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication(builder.Configuration)
    .AddInfrastructure(builder.Configuration)
    .AddMenusMediator()
    .AddApi(builder.Configuration);

var app = builder.Build();

app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseSwagger();
app.UseSwaggerUI(o => o.DocumentTitle = "DiningMenus API");
app.MapControllers();
app.MapHealthChecks("/health");

app.Run();
