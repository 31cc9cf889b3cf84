namespace DiningMenus.LoadTools;

/// <summary>
/// Load and fault clients for bench/run.sh and bench/faults.sh. Every command is bounded in count and time
/// and only ever talks to the URLs it is given (the scripts give loopback ones).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        var options = CommandLine.Parse(args[1..]);
        return args[0] switch
        {
            "stampede" => await Stampede.RunAsync(options),
            "hostile" => await HostileRun.RunAsync(options),
            "faults" => await FaultRun.RunAsync(options),
            "flood" => await FloodRun.RunAsync(options),
            "hang" => await HangRun.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              stampede --url URL [--count 500] [--timeout-seconds 60]
              hostile  --base http://127.0.0.1:PORT [--count 10000] [--concurrency 32] [--seed 1] [--time-limit-seconds 180]
              flood    --base http://127.0.0.1:PORT [--count 30000] [--concurrency 32] [--seed 3] [--time-limit-seconds 300]
              faults   --base http://127.0.0.1:PORT --control http://127.0.0.1:PORT [--phase-seconds 8] [--concurrency 16]
                       [--seed 2] [--settle-seconds 4] [--known frary/2025-12-01/dinner,collins/2026-02-07/brunch]
              hang     --base http://127.0.0.1:PORT --control http://127.0.0.1:PORT --admin-key KEY [--deadline-seconds 3]
                       [--seconds 12] [--concurrency 16]
            """);
        return 2;
    }
}
