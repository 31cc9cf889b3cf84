namespace DiningMenus.Application.Common.Exceptions;

/// <summary>The request is valid but names something that does not exist (becomes a 404).</summary>
public sealed class NotFoundException(string detail) : Exception(detail);
