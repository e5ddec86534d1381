using System.Runtime.InteropServices;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Makes SQLite's own short waits last milliseconds, as SQLite means them, instead of whole seconds.
/// </summary>
/// <remarks>
/// <para>
/// The bundled e_sqlite3 is built without usleep, so the unix VFS's sleep rounds every wait up to a second
/// (<c>sleep((us + 999999) / 1000000)</c>). <see cref="SqliteBusyWait"/> already replaces the busy handler, but SQLite
/// also sleeps on its own: a reader that keeps losing the race for a WAL read lock to commits retries, and from the
/// sixth try waits 1 to a few hundred microseconds, which became a second. Under load (bench/load, 50 connections)
/// whole seconds went idle with every connection waiting.
/// </para>
/// <para>
/// The fix is SQLite's documented way to change a VFS: a copy of the default one with another sleep, registered
/// as the default (a "shim"). Everything else is the unix VFS's own code.
/// </para>
/// </remarks>
internal static class SqliteVfsSleep
{
    private const string ShimName = "botalias-unix";

    // struct sqlite3_vfs on 64-bit: int iVersion, szOsFile, mxPathname; (pad); pNext; zName; pAppData; then
    // the methods xOpen ... xRandomness, xSleep at the 10th (112), xCurrentTime, xGetLastError, and for version 2
    // xCurrentTimeInt64 (to 144), for version 3 the three system-call methods (to 168).
    private const int NextOffset = 16;
    private const int NameOffset = 24;
    private const int SleepOffset = 112;

    // Static so the native side never calls a collected delegate.
    private static readonly SleepMethod Sleep = OnSleep;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int SleepMethod(IntPtr vfs, int microseconds);

    /// <summary>Installs the shim over the unix VFS; false where it does not apply (another VFS, 32-bit) or is not available.</summary>
    public static bool TryInstall()
    {
        if (IntPtr.Size != 8)
        {
            return false;
        }

        IntPtr original;
        try
        {
            original = NativeMethods.sqlite3_vfs_find(IntPtr.Zero);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (original == IntPtr.Zero || Marshal.PtrToStringAnsi(Marshal.ReadIntPtr(original, NameOffset)) != "unix")
        {
            // Already the shim (a second call), or not the unix VFS (Windows sleeps in milliseconds already).
            return false;
        }

        var size = Marshal.ReadInt32(original) switch
        {
            1 => 136,
            2 => 144,
            _ => 168,
        };
        var copy = new byte[size];
        Marshal.Copy(original, copy, 0, size);

        // Allocated once for the life of the process: SQLite keeps the pointer in its list of VFSes.
        var shim = Marshal.AllocHGlobal(size);
        Marshal.Copy(copy, 0, shim, size);
        Marshal.WriteIntPtr(shim, NextOffset, IntPtr.Zero);
        Marshal.WriteIntPtr(shim, NameOffset, Marshal.StringToHGlobalAnsi(ShimName));
        Marshal.WriteIntPtr(shim, SleepOffset, Marshal.GetFunctionPointerForDelegate(Sleep));
        return NativeMethods.sqlite3_vfs_register(shim, makeDefault: 1) == 0;
    }

    private static int OnSleep(IntPtr vfs, int microseconds)
    {
        // Thread.Sleep counts milliseconds; a wait shorter than one still yields for one, far from a second.
        Thread.Sleep(Math.Max(1, (microseconds + 999) / 1000));
        return microseconds;
    }

    private static class NativeMethods
    {
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr sqlite3_vfs_find(IntPtr name);

        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_vfs_register(IntPtr vfs, int makeDefault);
    }
}
