using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Waits for another connection's lock in steps of milliseconds.
/// The bundled e_sqlite3 is built without usleep, so its own busy_timeout handler sleeps a whole second
/// per retry: every contended write (two users' turns at once) would then take at least a second.
/// This installs SQLite's own millisecond schedule instead, through the same native library.
/// </summary>
internal static partial class SqliteBusyWait
{
    // Short steps: our write transactions last a millisecond or two, so SQLite's own schedule (up to 100 ms
    // per step) mostly sleeps after the lock is free again. Measured with bench/load: alias-submit p99.
    private static readonly int[] Delays = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5];
    private static readonly int[] Totals = [0, 1, 2, 3, 5, 7, 9, 12, 15, 19, 23, 28];

    // Static so the native side never calls a collected delegate.
    private static readonly BusyHandler Handler = OnBusy;

    private static volatile bool _unavailable;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr timeoutMilliseconds, int priorCalls);

    /// <summary>Installs the handler; false when the native library does not offer it (the caller falls back to busy_timeout).</summary>
    public static bool TryInstall(SqliteConnection connection, TimeSpan timeout)
    {
        if (_unavailable)
        {
            return false;
        }

        int result;
        try
        {
            result = NativeMethods.sqlite3_busy_handler(connection.Handle!, Handler, (IntPtr)(int)Math.Min(timeout.TotalMilliseconds, int.MaxValue));
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }

        if (result != 0)
        {
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }

        return true;
    }

    private static int OnBusy(IntPtr timeoutMilliseconds, int priorCalls)
    {
        var timeout = (long)timeoutMilliseconds;
        long delay;
        long prior;
        if (priorCalls < Delays.Length)
        {
            delay = Delays[priorCalls];
            prior = Totals[priorCalls];
        }
        else
        {
            delay = Delays[^1];
            prior = Totals[^1] + (delay * (priorCalls - (Delays.Length - 1)));
        }

        if (prior + delay > timeout)
        {
            delay = timeout - prior;
            if (delay <= 0)
            {
                return 0;
            }
        }

        Thread.Sleep((int)delay);
        return 1;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_busy_handler(SQLitePCL.sqlite3 db, BusyHandler handler, IntPtr userData);
    }
}
