using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using DiningMenus.Application.Menus.Queries.GetMenu;
using DiningMenus.Domain.Halls;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Api.FunctionalTests.Pipeline;

/// <summary>
/// Proves both behaviors run inside the pipeline Mediator's source generator built for the real app
/// (a behavior constrained to the wrong interface would be skipped silently), and that a request is
/// validated once: the day query the use cases send inside it has no validator of its own.
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
        var frary = Find(scope, "frary");

        // Today is 2025-12-01 in Claremont; the window reaches back 7 days.
        var thrown = Assert.ThrowsAsync<ValidationException>(async () =>
            await sender.Send(new GetHallDayQuery(frary, new DateOnly(2025, 11, 23), MenuFilter.None)));

        Assert.That(thrown!.Errors.Single().PropertyName, Is.EqualTo("date"));
        Assert.That(Upstream.TotalRequests, Is.Zero);
    }

    [Test]
    public async Task The_caching_behavior_stores_the_handlers_answer_under_the_query_key()
    {
        using var scope = _factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var cache = scope.ServiceProvider.GetRequiredService<AnswerCache>();
        var key = DayMenuCacheKeys.Fresh("frank", new DateOnly(2025, 12, 2));
        Assert.That(await cache.FindAsync<DayMenuResult>(key, CancellationToken.None), Is.Null);

        var query = new GetDayMenuQuery(Find(scope, "frank"), new DateOnly(2025, 12, 2));
        var answer = await sender.Send(query);
        var cached = (await cache.FindAsync<DayMenuResult>(key, CancellationToken.None))?.Value;

        Assert.That(query.CacheKey, Is.EqualTo(key));
        Assert.That(cached, Is.Not.Null);
        Assert.That(cached!.Menu.Meals.Select(m => m.Label), Is.EqualTo(answer.Menu.Meals.Select(m => m.Label)));
        Assert.That(cached.FetchedAt, Is.EqualTo(answer.FetchedAt));
    }

    [Test]
    public void A_request_is_validated_once_by_its_own_query_and_not_again_by_the_nested_day_query()
    {
        using var scope = _factory.Services.CreateScope();

        Assert.That(scope.ServiceProvider.GetServices<IValidator<GetMenuQuery>>().Count(), Is.EqualTo(1));
        Assert.That(scope.ServiceProvider.GetServices<IValidator<GetHallDayQuery>>().Count(), Is.EqualTo(1));
        Assert.That(scope.ServiceProvider.GetServices<IValidator<GetDayMenuQuery>>(), Is.Empty);
    }

    private static Hall Find(IServiceScope scope, string id) => scope.ServiceProvider.GetRequiredService<IHallRegistry>().Find(id)!;
}
