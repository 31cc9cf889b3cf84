// The floor for bench/run.sh: plain Kestrel answering every GET with one file's bytes from memory,
// as application/json. Usage: dotnet DiningMenus.BareEndpoint.dll --file response.json --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var file = builder.Configuration["file"] ?? throw new ArgumentException("pass --file PATH (the bytes to serve)");
var body = await File.ReadAllBytesAsync(file);

var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
await app.RunAsync();
