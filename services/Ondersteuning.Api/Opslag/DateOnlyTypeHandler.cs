using System.Data;
using Dapper;

namespace Ondersteuning.Api.Opslag;

/// <summary>Lets Dapper pass and read <see cref="DateOnly"/> as a PostgreSQL <c>date</c>.</summary>
public sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new DataException($"Kan {value.GetType()} niet als datum lezen."),
    };
}
