// Hands bytes made on the server to the browser as a file download (the Inkoop page's "Exporteer CSV").
export function downloadBestand(naam, mediaType, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = naam;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
