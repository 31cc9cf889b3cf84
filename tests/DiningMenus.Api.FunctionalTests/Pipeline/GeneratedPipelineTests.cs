using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Pipeline;

/// <summary>
/// Proves both behaviors run inside the pipeline Mediator's source generator built for the real app
/// (a behavior constrained to the wrong interface would be skipped silently).
/// </summary>
public sealed class GeneratedPipelineTests : CapturedUpstreamTests
{
    private MenusApiFactory _factory = null!;

    [OneTimeSetUp]
    public void CreateFactory() => _factory = MenusApiFactory.Create(Upstream.BaseAddress);

    [OneTimeTearDown]
    public async Task DisposeFactory()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Test]
    public void The_validation_behavior_rejects_a_query_before_its_handler_runs()
    {
        using var scope = _factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        var thrown = Assert.ThrowsAsync<ValidationException>(async () => await sender.Send(new GetDayMenuQuery("frary", "yesterday")));

        Assert.That(thrown!.Errors.Single().PropertyName, Is.EqualTo("date"));
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task The_caching_behavior_stores_the_handlers_answer_under_the_query_key()
    {
        using var scope = _factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var cache = scope.ServiceProvider.GetRequiredService<IResponseCache>();
        var key = DayMenuCacheKeys.Fresh("frank", new DateOnly(2025, 12, 2));
        Assert.That(await cache.GetAsync<DayMenuResult>(key, CancellationToken.None), Is.Null);

        var answer = await sender.Send(new GetDayMenuQuery("frank", "2025-12-02"));
        var cached = await cache.GetAsync<DayMenuResult>(key, CancellationToken.None);

        Assert.That(cached, Is.Not.Null);
        Assert.That(cached!.Menu.Meals.Select(m => m.Label), Is.EqualTo(answer.Menu.Meals.Select(m => m.Label)));
        Assert.That(cached.FetchedAt, Is.EqualTo(answer.FetchedAt));
    }
}
