using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DiningMenus.Benchmarks.Archive;

/// <summary>The host environment the archive's registration asks for (its content root places a relative SQLite file).</summary>
internal sealed class BenchEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "DiningMenus.Benchmarks";

    public string ContentRootPath { get; set; } = Path.GetTempPath();

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
