using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>
/// A minimal OTLP/HTTP (protobuf) receiver: the services export to it as to a collector (none is
/// packaged here), it keeps the spans, and answers metrics and logs with an empty success.
/// </summary>
public sealed class OtlpTraceReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentBag<ReceivedSpan> spans = [];
    private readonly Task loop;

    public OtlpTraceReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}");
            probe.Stop();
        }

        listener.Prefixes.Add(Endpoint + "");
        listener.Start();
        loop = Task.Run(ReceiveAsync);
    }

    /// <summary>The value for OTEL_EXPORTER_OTLP_ENDPOINT (with OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf).</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => spans.ToList();

    public void Dispose()
    {
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ReceiveAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                if (context.Request.Url!.AbsolutePath == "/v1/traces")
                {
                    foreach (var span in OtlpSpans.Parse(body.ToArray()))
                    {
                        spans.Add(span);
                    }
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (FormatException)
            {
                context.Response.StatusCode = 400;
            }

            context.Response.Close();
        }
    }
}
