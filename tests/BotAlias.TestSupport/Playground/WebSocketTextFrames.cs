using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace BotAlias.TestSupport.Playground;

/// <summary>Reads a websocket's text messages, each reassembled from its fragments.</summary>
public static class WebSocketTextFrames
{
    public static async IAsyncEnumerable<string> ReadAllAsync(
        WebSocket socket,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                yield break;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                yield break;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                yield return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
            }
        }
    }
}
