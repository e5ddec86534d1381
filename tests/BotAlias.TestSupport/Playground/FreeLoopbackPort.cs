using System.Net;
using System.Net.Sockets;

namespace BotAlias.TestSupport.Playground;

/// <summary>A TCP port on 127.0.0.1 that nobody listened on a moment ago.</summary>
public static class FreeLoopbackPort
{
    // The port is released before the child process binds it, so another process could take it in between;
    // callers detect that from the child's own output instead of assuming the port is theirs.
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
