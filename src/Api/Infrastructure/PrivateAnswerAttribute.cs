namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Marks answers meant for one caller (an alert read with its secret): <c>Cache-Control: no-store</c>, no ETag, so that
/// no shared cache keeps them (<see cref="HttpCacheHeadersFilter"/>); such actions are never replayed either.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PrivateAnswerAttribute : Attribute;
