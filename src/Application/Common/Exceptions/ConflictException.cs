namespace DiningMenus.Application.Common.Exceptions;

/// <summary>The request is valid but the resource's state refuses it, e.g. a client at its alert limit (becomes a 409).</summary>
public sealed class ConflictException(string detail) : Exception(detail);
