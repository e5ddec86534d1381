namespace BotAlias.Directory.DemoTenant;

/// <summary>The tenant's file in the data folder, replaced whole and atomically on every write.</summary>
internal sealed class DemoTenantDataFile
{
    public const string FileName = "demo-tenant.json";

    public DemoTenantDataFile(string dataFolder)
    {
        Folder = Path.GetFullPath(dataFolder);
        FilePath = Path.Combine(Folder, FileName);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string Source => $"The demo tenant data file '{FilePath}'";

    public const string Remedy =
        "Fix it by hand, or run the reset-demo command to replace it with the seed (that discards the changes made to the demo tenant). It was left untouched.";

    public string? ReadIfExists()
    {
        System.IO.Directory.CreateDirectory(Folder);
        return File.Exists(FilePath) ? File.ReadAllText(FilePath) : null;
    }

    /// <summary>
    /// Writes to a temporary file in the same folder, flushes it to disk, then moves it over the
    /// data file: a crash leaves either the old file or the new one, never half of one.
    /// </summary>
    public async Task WriteAsync(string json, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var temporaryPath = Path.Combine(Folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream)
            {
                await using var writer = new StreamWriter(stream);
                await writer.WriteAsync(json.AsMemory(), cancellationToken);
                await writer.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporaryPath, FilePath, overwrite: true);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The write already failed; a stray temp file is not worth hiding that error for.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
