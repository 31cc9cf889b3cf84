using DiningMenus.Application.Common.Behaviors;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Moq;

namespace DiningMenus.Application.UnitTests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    public sealed record Ping(string Text) : IQuery<string>;

    [Test]
    public async Task A_valid_message_reaches_the_handler()
    {
        var validator = new Mock<IValidator<Ping>>();
        validator.Setup(v => v.ValidateAsync(It.IsAny<Ping>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ValidationResult());
        var behavior = new ValidationBehavior<Ping, string>([validator.Object]);

        var answer = await behavior.Handle(new Ping("hi"), (m, _) => ValueTask.FromResult(m.Text + "!"), CancellationToken.None);

        Assert.That(answer, Is.EqualTo("hi!"));
    }

    [Test]
    public void An_invalid_message_throws_every_failure_and_never_reaches_the_handler()
    {
        var first = new Mock<IValidator<Ping>>();
        first.Setup(v => v.ValidateAsync(It.IsAny<Ping>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ValidationResult([new ValidationFailure("date", "bad date")]));
        var second = new Mock<IValidator<Ping>>();
        second.Setup(v => v.ValidateAsync(It.IsAny<Ping>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ValidationResult([new ValidationFailure("meal", "bad meal")]));
        var behavior = new ValidationBehavior<Ping, string>([first.Object, second.Object]);
        var called = false;

        var thrown = Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(new Ping("hi"), (_, _) => { called = true; return ValueTask.FromResult("x"); }, CancellationToken.None));

        Assert.That(thrown!.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "date", "meal" }));
        Assert.That(called, Is.False);
    }
}
