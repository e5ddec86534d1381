using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("BotAlias.BotFramework.Tests")]
