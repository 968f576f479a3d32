global using Microsoft.Playwright;
global using NUnit.Framework;
global using SupportDesk.Tests.Shared;
