global using Microsoft.Playwright;
global using NUnit.Framework;
